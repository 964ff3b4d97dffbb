# The README's two commands (and .ci/run's), for PowerShell 7 on any system. CI runs it with the
# PowerShell .NET tool: dotnet tool install --global PowerShell --version 7.6.10
#   ./build.ps1                build the samples into out/, then run the tests
#   ./build.ps1 build          only build the samples
#   ./build.ps1 test [args]    only run the tests; further arguments go to dotnet test (--filter …)
#   ./build.ps1 publish        the native vankien (NativeAOT) for this machine into dist/ (needs the C toolchain)
# dotnet's output passes through as it comes; the script exits with the first failing command's code.
param(
    [ValidateSet('all', 'build', 'test', 'publish')][string]$Task = 'all',
    [Parameter(ValueFromRemainingArguments = $true)][string[]]$TestArguments = @()
)
$ErrorActionPreference = 'Stop'
Set-Location $PSScriptRoot

if ($Task -in 'all', 'build') {
    dotnet run --project src/VanKien.Cli -- build samples -o out
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
if ($Task -in 'all', 'test') {
    dotnet test @TestArguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
if ($Task -eq 'publish') {
    $rid = [System.Runtime.InteropServices.RuntimeInformation]::RuntimeIdentifier
    dotnet publish src/VanKien.Cli -c Release -r $rid -p:PublishAot=true -o dist
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
exit 0
