using SharpFuzz;

// vankien-fuzz TARGET: run under afl-fuzz (tests/VanKien.Fuzz/run.sh); vankien-fuzz TARGET FILE: one input.
if (args.Length == 0 || !VanKien.Fuzz.Targets.Names.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: VanKien.Fuzz {string.Join('|', VanKien.Fuzz.Targets.Names)} [file]");
    return 2;
}
var target = args[0];
if (args.Length > 1)
{
    VanKien.Fuzz.Targets.Run(target, File.ReadAllBytes(args[1]));
    return 0;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    VanKien.Fuzz.Targets.Run(target, memory.ToArray());
});
return 0;
