using Intake.Api;
using Intake.Api.Admin;
using Intake.Api.Documents;
using Intake.Api.Jobs;
using Intake.Api.DocumentTypes;
using Intake.Api.Organizations;
using Intake.Api.Uploads;
using Intake.Api.Usage;
using Intake.Api.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.UseUploadSizeLimit();
app.MapOpenApi().AllowAnonymous();
app.MapAdminApi();
app.MapOrganizationApi();
app.MapDocumentTypesApi();
app.MapDocumentsApi();
app.MapProcessJobApi();
app.MapJobResultsApi();
app.MapWebhooksApi();
app.MapUsageApi();
app.Run();
