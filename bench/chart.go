package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"strings"
)

// A small line chart drawn with the standard library only: two panels
// (requests per plan, plan wall time) against N, with a 5x7 bitmap font.

type series struct {
	name  string
	color color.RGBA
	xs    []float64
	ys    []float64
}

type panel struct {
	title  string
	ylabel string
	xlabel string // "N (levels)" when empty
	series []series
}

var (
	white = color.RGBA{255, 255, 255, 255}
	black = color.RGBA{30, 30, 30, 255}
	grey  = color.RGBA{215, 215, 215, 255}
	blue  = color.RGBA{31, 119, 180, 255}
	red   = color.RGBA{214, 39, 40, 255}
	green = color.RGBA{44, 160, 44, 255}
	amber = color.RGBA{230, 140, 20, 255}
)

const (
	panelW, panelH = 560, 442
	marginL        = 80
	marginR        = 20
	marginT        = 50
	marginB        = 132
	fontScale      = 2
)

func writeChart(path string, panels []panel) error {
	img := image.NewRGBA(image.Rect(0, 0, panelW*len(panels), panelH))
	fill(img, img.Bounds(), white)
	for i, p := range panels {
		drawPanel(img, image.Pt(i*panelW, 0), p)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, img); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

func drawPanel(img *image.RGBA, at image.Point, p panel) {
	x0, y0 := at.X+marginL, at.Y+marginT
	w, h := panelW-marginL-marginR, panelH-marginT-marginB
	var xmax, ymax float64
	for _, s := range p.series {
		for i := range s.xs {
			xmax = math.Max(xmax, s.xs[i])
			ymax = math.Max(ymax, s.ys[i])
		}
	}
	if xmax == 0 {
		xmax = 1
	}
	ystep := niceStep(ymax / 5)
	if ystep == 0 {
		ystep = 1
	}
	ymax = math.Ceil(ymax/ystep) * ystep
	if ymax == 0 {
		ymax = ystep
	}
	xstep := niceStep(xmax / 5)
	xmax = math.Ceil(xmax/xstep) * xstep
	px := func(x float64) int { return x0 + int(x/xmax*float64(w)) }
	py := func(y float64) int { return y0 + h - int(y/ymax*float64(h)) }

	for y := 0.0; y <= ymax+ystep/2; y += ystep {
		hline(img, x0, x0+w, py(y), grey)
		label := trimFloat(y)
		drawText(img, x0-8-textWidth(label), py(y)-7*fontScale/2, label, black)
	}
	for x := 0.0; x <= xmax+xstep/2; x += xstep {
		vline(img, px(x), y0, y0+h, grey)
		label := trimFloat(x)
		drawText(img, px(x)-textWidth(label)/2, y0+h+8, label, black)
	}
	hline(img, x0, x0+w, y0+h, black)
	vline(img, x0, y0, y0+h, black)
	drawText(img, x0, at.Y+6, p.title, black)
	xlabel := p.xlabel
	if xlabel == "" {
		xlabel = "N (levels)"
	}
	drawText(img, x0+w-textWidth(xlabel), y0+h+8+9*fontScale, xlabel, black)
	drawText(img, at.X+8, y0-4-7*fontScale, p.ylabel, black)

	for i, s := range p.series {
		for j := 1; j < len(s.xs); j++ {
			line(img, px(s.xs[j-1]), py(s.ys[j-1]), px(s.xs[j]), py(s.ys[j]), s.color)
		}
		for j := range s.xs {
			fill(img, image.Rect(px(s.xs[j])-3, py(s.ys[j])-3, px(s.xs[j])+4, py(s.ys[j])+4), s.color)
		}
		ly := y0 + h + 8 + 20*fontScale + i*11*fontScale
		fill(img, image.Rect(x0, ly+2, x0+18, ly+7*fontScale-2), s.color)
		drawText(img, x0+26, ly, s.name, black)
	}
}

// niceStep rounds v up to 1, 2 or 5 times a power of ten.
func niceStep(v float64) float64 {
	if v <= 0 {
		return 0
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= v {
			return m * p
		}
	}
	return 10 * p
}

func trimFloat(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return strings.TrimRight(strings.TrimRight(fmt.Sprintf("%.2f", v), "0"), ".")
}

func fill(img *image.RGBA, r image.Rectangle, c color.RGBA) {
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetRGBA(x, y, c)
		}
	}
}

func hline(img *image.RGBA, x1, x2, y int, c color.RGBA) { fill(img, image.Rect(x1, y, x2+1, y+1), c) }
func vline(img *image.RGBA, x, y1, y2 int, c color.RGBA) { fill(img, image.Rect(x, y1, x+1, y2+1), c) }

// line draws a 2-pixel line (Bresenham).
func line(img *image.RGBA, x1, y1, x2, y2 int, c color.RGBA) {
	dx, dy := abs(x2-x1), -abs(y2-y1)
	sx, sy := sign(x2-x1), sign(y2-y1)
	e := dx + dy
	for {
		fill(img, image.Rect(x1, y1, x1+2, y1+2), c)
		if x1 == x2 && y1 == y2 {
			return
		}
		e2 := 2 * e
		if e2 >= dy {
			e += dy
			x1 += sx
		}
		if e2 <= dx {
			e += dx
			y1 += sy
		}
	}
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func sign(v int) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}

func textWidth(s string) int { return len(s) * 6 * fontScale }

// drawText writes s in the 5x7 font (upper case), scaled by fontScale.
func drawText(img *image.RGBA, x, y int, s string, c color.RGBA) {
	for i, r := range strings.ToUpper(s) {
		g, ok := glyphs[r]
		if !ok {
			g = glyphs['?']
		}
		for row, bits := range g {
			for col, b := range bits {
				if b == '#' {
					px, py := x+(i*6+col)*fontScale, y+row*fontScale
					fill(img, image.Rect(px, py, px+fontScale, py+fontScale), c)
				}
			}
		}
	}
}

// glyphs is a 5x7 font for the characters the chart uses.
var glyphs = map[rune][7]string{
	' ': {".....", ".....", ".....", ".....", ".....", ".....", "....."},
	'0': {".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."},
	'1': {"..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."},
	'2': {".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"},
	'3': {"#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."},
	'4': {"...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."},
	'5': {"#####", "#....", "####.", "....#", "....#", "#...#", ".###."},
	'6': {"..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."},
	'7': {"#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."},
	'8': {".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."},
	'9': {".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."},
	'A': {".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"},
	'B': {"####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."},
	'C': {".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."},
	'D': {"###..", "#..#.", "#...#", "#...#", "#...#", "#..#.", "###.."},
	'E': {"#####", "#....", "#....", "####.", "#....", "#....", "#####"},
	'F': {"#####", "#....", "#....", "####.", "#....", "#....", "#...."},
	'G': {".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"},
	'H': {"#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"},
	'I': {".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."},
	'J': {"..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."},
	'K': {"#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"},
	'L': {"#....", "#....", "#....", "#....", "#....", "#....", "#####"},
	'M': {"#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"},
	'N': {"#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"},
	'O': {".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."},
	'P': {"####.", "#...#", "#...#", "####.", "#....", "#....", "#...."},
	'Q': {".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"},
	'R': {"####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"},
	'S': {".####", "#....", "#....", ".###.", "....#", "....#", "####."},
	'T': {"#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."},
	'U': {"#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."},
	'V': {"#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."},
	'W': {"#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#."},
	'X': {"#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"},
	'Y': {"#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."},
	'Z': {"#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"},
	'.': {".....", ".....", ".....", ".....", ".....", ".##..", ".##.."},
	',': {".....", ".....", ".....", ".....", ".##..", "..#..", ".#..."},
	':': {".....", ".##..", ".##..", ".....", ".##..", ".##..", "....."},
	'-': {".....", ".....", ".....", "#####", ".....", ".....", "....."},
	'_': {".....", ".....", ".....", ".....", ".....", ".....", "#####"},
	'=': {".....", ".....", "#####", ".....", "#####", ".....", "....."},
	'/': {".....", "....#", "...#.", "..#..", ".#...", "#....", "....."},
	'(': {"...#.", "..#..", ".#...", ".#...", ".#...", "..#..", "...#."},
	')': {".#...", "..#..", "...#.", "...#.", "...#.", "..#..", ".#..."},
	'%': {"##...", "##..#", "...#.", "..#..", ".#...", "#..##", "...##"},
	'+': {".....", "..#..", "..#..", "#####", "..#..", "..#..", "....."},
	'?': {".###.", "#...#", "....#", "...#.", "..#..", ".....", "..#.."},
}
