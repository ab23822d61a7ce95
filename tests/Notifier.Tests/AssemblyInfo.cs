[assembly: AssemblyFixture(typeof(Intake.Notifier.Tests.NotifierAppFixture))]
