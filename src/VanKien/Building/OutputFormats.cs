namespace VanKien.Building;

/// <summary>What a build writes: DOCX, PDF, or both ("docx,pdf").</summary>
[Flags]
public enum OutputFormats
{
    Docx = 1,
    Pdf = 2,
}

public static class OutputFormatsText
{
    public static OutputFormats? Parse(string text)
    {
        OutputFormats formats = 0;
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "docx": formats |= OutputFormats.Docx; break;
                case "pdf": formats |= OutputFormats.Pdf; break;
                default: return null;
            }
        }
        return formats == 0 ? null : formats;
    }
}
