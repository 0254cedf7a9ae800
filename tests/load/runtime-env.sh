# The .NET runtime settings the image ships, for the load scripts (sourced, not run): the Dockerfile's ENV DOTNET_*
# pairs as NAME=VALUE words for `env`, so every load run measures the host as it is deployed. Expects ROOT.

image_runtime_env() {
  grep -E '^ENV ' "$ROOT/Dockerfile" | grep -oE 'DOTNET_[A-Za-z0-9_]+=[^[:space:]]+' || true
}
