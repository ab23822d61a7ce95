// One application for the whole assembly; these tests kill and start processes, so they run one at a time.
[assembly: AssemblyFixture(typeof(Intake.Testing.IntakeAppFixture))]
[assembly: CollectionBehavior(DisableTestParallelization = true)]
