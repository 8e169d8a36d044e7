using EcsKit;
using Samples.LocalWebApp;

// `dotnet run -- up` runs it on local Docker; `synth` prints the ECS JSON the same definitions deploy with.
return await NotesApp.Build().RunAsync(args);
