using EcsKit;
using Samples.FargateWebApp;

return await ShopApp.Build().RunAsync(args);
