using Intake.Notifier;
using Intake.Notifier.Subscriptions;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapSubscriptionsApi();
app.MapSecretCheckApi();
app.Run();
