using Intake.Api;
using Intake.Api.Admin;
<<<<<<< HEAD
using Intake.Api.Documents;
using Intake.Api.Jobs;
=======
using Intake.Api.DocumentTypes;
>>>>>>> main
using Intake.Api.Organizations;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi().AllowAnonymous();
app.MapAdminApi();
app.MapOrganizationApi();
<<<<<<< HEAD
app.MapDocumentsApi();
app.MapProcessJobApi();
=======
app.MapDocumentTypesApi();
>>>>>>> main
app.Run();
