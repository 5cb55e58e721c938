return await FlowBuilder.Cli.CliApp.RunAsync(args, Console.Out, Console.Error);
