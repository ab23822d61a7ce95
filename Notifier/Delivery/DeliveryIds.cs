namespace Intake.Notifier.Delivery;

/// <summary>Delivery ids, the <c>webhook-id</c> subscribers deduplicate on: <c>msg_</c> and a time-ordered unique value.</summary>
public static class DeliveryIds
{
    public static string New() => "msg_" + Guid.CreateVersion7().ToString("N");
}
