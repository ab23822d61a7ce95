[assembly: AssemblyFixture(typeof(Intake.Testing.IntakeAppFixture))]
