package provider

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"
)

// Every acceptance test of this package fails, rather than skips, when
// TF_ACC is not set: resource.Test alone would skip, and a skipped test in
// CI hides whatever it was meant to catch. So each test function that calls
// resource.Test must call newTestPSA or requireAcc first (resource.UnitTest
// runs regardless and needs neither).
func TestAcceptanceTestsNeverSkip(t *testing.T) {
	files, err := filepath.Glob("*_test.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test files: %v", err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range af.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil {
				continue
			}
			var runsTest, guarded bool
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				switch fun := call.Fun.(type) {
				case *ast.SelectorExpr:
					if x, ok := fun.X.(*ast.Ident); ok && x.Name == "resource" && fun.Sel.Name == "Test" {
						runsTest = true
					}
				case *ast.Ident:
					if fun.Name == "newTestPSA" || fun.Name == "newTestPSAWith" || fun.Name == "newParallelPSA" || fun.Name == "newParallelPSAWith" || fun.Name == "startTestPSA" || fun.Name == "requireAcc" || fun.Name == "newTFCLI" {
						guarded = true
					}
				}
				return true
			})
			if runsTest {
				checked++
				if !guarded {
					t.Errorf("%s: %s calls resource.Test without newTestPSA or requireAcc, so it would skip without TF_ACC",
						fset.Position(fn.Pos()), fn.Name.Name)
				}
			}
		}
	}
	if checked == 0 {
		t.Error("found no acceptance tests: the guard checks nothing")
	}
}
