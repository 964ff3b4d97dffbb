using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/VanKien.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/VanKien.Benchmarks -- editor [EDITS]   (the language server's loop)
// dotnet run -c Release --project tests/VanKien.Benchmarks -- growth [RUNS]    (hostile shapes at n and 4n)
if (args is ["editor", ..])
    return VanKien.Benchmarks.EditorLoop.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000);
if (args is ["growth", ..])
    return VanKien.Benchmarks.GrowthBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
BenchmarkSwitcher.FromAssembly(typeof(VanKien.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
return 0;
