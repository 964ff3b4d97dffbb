using System.CommandLine;
using VanKien.Building;

namespace VanKien.Cli.Commands;

/// <summary><c>--shard K/N</c>: this machine's share of the repository, for a CI matrix of N machines.</summary>
internal static class ShardOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--shard")
        {
            Description = "Chỉ làm phần K trong N phần của kho (ví dụ 2/4), để N máy CI chia nhau; hợp các phần bằng cả kho",
        };
        option.Validators.Add(result =>
        {
            if (Shard.Parse(result.GetValueOrDefault<string?>()) is null)
                result.AddError($"--shard nhận K/N với 1 ≤ K ≤ N ≤ {Shard.MaxCount}, ví dụ 2/4");
        });
        return option;
    }
}
