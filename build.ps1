# Windows wrapper over the same two commands as the README (and .ci/run).
#   ./build.ps1          build the samples into out/, then run the tests
#   ./build.ps1 build    only build the samples
#   ./build.ps1 test     only run the tests
param([ValidateSet('all', 'build', 'test')][string]$Task = 'all')
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

if ($Task -in 'all', 'build') {
    dotnet run --project src/VanKien.Cli -- build samples -o out
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
if ($Task -in 'all', 'test') {
    dotnet test
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
