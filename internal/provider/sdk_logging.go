package provider

import "os"

// sdkLogLevelVars are the plugin SDK's own log levels (terraform-plugin-go's
// root and protocol loggers, the framework's).
var sdkLogLevelVars = []string{"TF_LOG_SDK", "TF_LOG_SDK_PROTO", "TF_LOG_SDK_FRAMEWORK"}

// QuietSDKLogsUnlessTerraformKeepsThem turns the plugin SDK's own logging
// off when Terraform would drop it anyway. Terraform keeps a plugin's log
// lines only when TF_LOG or TF_LOG_PROVIDER is set, yet without a level the
// SDK formats a JSON line at trace level for every step of every call:
// about a tenth of the provider's CPU time in a plan of a few hundred
// levels. A level set explicitly in any TF_LOG_SDK* variable is kept. The
// provider's own log lines (tflog) are not affected. Call it before serving.
func QuietSDKLogsUnlessTerraformKeepsThem() {
	if os.Getenv("TF_LOG") != "" || os.Getenv("TF_LOG_PROVIDER") != "" {
		return
	}
	for _, v := range sdkLogLevelVars {
		if os.Getenv(v) == "" {
			_ = os.Setenv(v, "off")
		}
	}
}
