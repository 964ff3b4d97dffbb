using VanKien.Tests.Support;

namespace VanKien.Tests.Signing;

/// <summary>
/// <c>vankien ky --token</c>: the key signs on a PKCS#11 token (SoftHSM2 standing in for an office's USB
/// token). Alone, after every other test: making a token sets the C library's environment (setenv),
/// which must not race another thread's getenv.
/// </summary>
[Collection(nameof(TokenSigningTests))]
public class TokenSigningTests
{
    private static (string Pdf, string Library) NewToken(string holder)
    {
        var folder = Repo.NewTempFolder();
        var library = Requirement.SoftHsmLibrary!;
        SoftHsmToken.Create(folder, library, "vankien-thu", holder);
        var pdf = Path.Combine(folder, "van-ban.pdf");
        File.WriteAllBytes(pdf, MinimalPdf.Create());
        return (pdf, library);
    }

    [RequirementFact(Requirement.SoftHsm, "pdfsig")]
    public void A_token_signs_and_pdfsig_and_xac_minh_find_the_signature_valid()
    {
        var (pdf, library) = NewToken("Trần Văn Hùng");
        Environment.SetEnvironmentVariable("VANKIEN_PIN", SoftHsmToken.Pin);
        var sign = CliRun.Run("ky", pdf, "--token", library, "--the", "vankien-thu");
        Assert.True(sign.ExitCode == 0, sign.Error);

        var report = ExternalTool.Run("pdfsig", [pdf]).Output;
        Assert.Contains("Signer Certificate Common Name: Trần Văn Hùng", report);
        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Total document signed", report);
        Assert.Equal(0, CliRun.Run("xac-minh", pdf).ExitCode);
    }

    [RequirementFact(Requirement.SoftHsm)]
    public void A_wrong_pin_is_a_located_diagnostic_and_the_pdf_stays_as_it_was()
    {
        var (pdf, library) = NewToken("Trần Văn Hùng");
        var before = File.ReadAllBytes(pdf);
        Environment.SetEnvironmentVariable("VANKIEN_PIN", "000000");
        var sign = CliRun.Run("ky", pdf, "--token", library);
        Assert.Equal(1, sign.ExitCode);
        var diagnostic = Assert.Single(sign.DiagnosticLines);
        Assert.True(diagnostic.StartsWith($"{library}:1:1: lỗi VK1001: sai mã PIN", StringComparison.Ordinal), diagnostic);
        Assert.Equal(before, File.ReadAllBytes(pdf));
    }
}

[CollectionDefinition(nameof(TokenSigningTests), DisableParallelization = true)]
public sealed class TokenSigningCollection;
