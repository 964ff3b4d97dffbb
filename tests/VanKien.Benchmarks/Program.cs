using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/VanKien.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(VanKien.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
