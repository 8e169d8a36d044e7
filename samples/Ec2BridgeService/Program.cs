using EcsKit;
using Samples.Ec2BridgeService;

return await WorkerApp.Build().RunAsync(args);
