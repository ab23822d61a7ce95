[assembly: AssemblyFixture(typeof(Intake.Api.Tests.ApiAppFixture))]
