package provider

import (
	"os"
	"testing"
)

func TestQuietSDKLogs(t *testing.T) {
	unset := func() {
		for _, v := range append([]string{"TF_LOG", "TF_LOG_PROVIDER"}, sdkLogLevelVars...) {
			t.Setenv(v, "")
		}
	}
	unset()
	QuietSDKLogsUnlessTerraformKeepsThem()
	for _, v := range sdkLogLevelVars {
		if got := os.Getenv(v); got != "off" {
			t.Errorf("without TF_LOG: %s=%q, want off", v, got)
		}
	}
	for _, keep := range []string{"TF_LOG", "TF_LOG_PROVIDER"} {
		unset()
		t.Setenv(keep, "DEBUG")
		QuietSDKLogsUnlessTerraformKeepsThem()
		for _, v := range sdkLogLevelVars {
			if got := os.Getenv(v); got != "" {
				t.Errorf("with %s set: %s=%q, want it left alone", keep, v, got)
			}
		}
	}
	unset()
	t.Setenv("TF_LOG_SDK_FRAMEWORK", "TRACE")
	QuietSDKLogsUnlessTerraformKeepsThem()
	if got := os.Getenv("TF_LOG_SDK_FRAMEWORK"); got != "TRACE" {
		t.Errorf("an explicit level was overridden: %q", got)
	}
}
