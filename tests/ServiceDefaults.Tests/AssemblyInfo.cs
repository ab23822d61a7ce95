[assembly: AssemblyFixture(typeof(Intake.ServiceDefaults.Tests.TelemetryAppFixture))]
