namespace Intake.Notifier.Delivery;

/// <summary>What an attempt's outcome does to its delivery and subscription.</summary>
public enum AttemptVerdict
{
    /// <summary>2xx: the delivery is done, the subscription healthy.</summary>
    Succeeded,

    /// <summary>Failed with retries left: due again at the given time.</summary>
    RetryLater,

    /// <summary>Failed with no retries left: the subscription is failing (and disabled once failing long enough).</summary>
    Exhausted,

    /// <summary>410 Gone: the subscriber asked us to stop; the subscription is disabled.</summary>
    Gone,
}
