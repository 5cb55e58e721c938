using FlowBuilder.Bench;

return await BenchProgram.RunAsync(args);
