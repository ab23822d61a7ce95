using Intake.Core.Data;
using Intake.Core.Messaging;
using Intake.Core.Storage;

namespace Intake.Processor;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddIntakeDatabase();
        builder.AddRedisClient();
        builder.AddObjectStoreClient();
    }
}
