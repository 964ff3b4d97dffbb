# Windows wrapper over the same two commands as the README (and .ci/run).
#   ./build.ps1          build the samples into out/, then run the tests
#   ./build.ps1 build    only build the samples
#   ./build.ps1 test     only run the tests
#   ./build.ps1 publish  the native vankien (NativeAOT) for this machine into dist/ (needs the C toolchain)
param([ValidateSet('all', 'build', 'test', 'publish')][string]$Task = 'all')
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
if ($Task -eq 'publish') {
    $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    dotnet publish src/VanKien.Cli -c Release -r $rid -p:PublishAot=true -o dist
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
