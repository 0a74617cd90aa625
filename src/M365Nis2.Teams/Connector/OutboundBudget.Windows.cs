namespace M365Nis2.Teams.Connector;

public sealed partial class OutboundBudget
{
    /// <summary>Grants waiting sends as the windows allow, highest priority first, until nobody waits.</summary>
    private async Task PumpAsync()
    {
        while (!disposed.IsCancellationRequested)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = time.GetTimestamp();
                wait = GrantWhatFits(now);
                if (queues.All(q => q.Count == 0))
                {
                    pumping = false;
                    return;
                }
            }
            try
            {
                await Task.Delay(wait, time, disposed.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Admits waiters in priority order; returns how long until something may change.</summary>
    private TimeSpan GrantWhatFits(long now)
    {
        foreach (var queue in queues)
        {
            for (var node = queue.First; node is not null;)
            {
                var next = node.Next;
                if (TryAdmit(node.Value.ConversationId, now, out var tenantFull))
                {
                    queue.Remove(node);
                    node.Value.Granted.TrySetResult();
                }
                else if (tenantFull)
                {
                    return UntilTenantRoom(now);
                }
                node = next;
            }
        }
        // Only conversation windows hold the rest back: look again shortly.
        return ConversationRetry;
    }

    /// <summary>Admits one call now if the tenant window, the pause and its conversation's windows all have room.</summary>
    private bool TryAdmit(string? conversationId, long now, out bool tenantFull)
    {
        while (releasedUntil.Count > 0 && releasedUntil.Peek() <= now)
            releasedUntil.Dequeue();
        tenantFull = now < pausedUntil || inFlight + releasedUntil.Count >= TenantLimit;
        if (tenantFull)
            return false;
        if (conversationId is not null)
        {
            ForgetOldConversations(now);
            var sent = conversations.TryGetValue(conversationId, out var q) ? q : null;
            if (sent is not null && !HasRoom(sent, now))
                return false;
            if (sent is null)
                conversations[conversationId] = sent = new Queue<long>();
            sent.Enqueue(now);
            conversationOrder.Enqueue((now, conversationId));
        }
        inFlight++;
        return true;
    }

    private bool HasRoom(Queue<long> sent, long now)
    {
        foreach (var (max, window) in ConversationLimits)
        {
            if (sent.Count < max)
                continue;
            var since = now - (long)(window.TotalSeconds * time.TimestampFrequency);
            var inWindow = 0;
            foreach (var at in sent)
            {
                if (at > since)
                    inWindow++;
            }
            if (inWindow >= max)
                return false;
        }
        return true;
    }

    /// <summary>Drops send times older than the longest conversation window, and conversations with none left.</summary>
    private void ForgetOldConversations(long now)
    {
        var horizon = now - (long)(ConversationLimits[^1].Window.TotalSeconds * time.TimestampFrequency);
        while (conversationOrder.Count > 0 && conversationOrder.Peek().At <= horizon)
        {
            var (_, id) = conversationOrder.Dequeue();
            if (conversations.TryGetValue(id, out var sent))
            {
                while (sent.Count > 0 && sent.Peek() <= horizon)
                    sent.Dequeue();
                if (sent.Count == 0)
                    conversations.Remove(id);
            }
        }
    }

    /// <summary>
    /// When a slot frees: when the earliest answered slot's second ends. While every slot is still in flight nothing can
    /// free before an answer comes (and then not for a second), so look again shortly.
    /// </summary>
    private TimeSpan UntilTenantRoom(long now)
    {
        var frequency = time.TimestampFrequency;
        var full = inFlight + releasedUntil.Count >= TenantLimit;
        var roomAt = !full ? now : releasedUntil.Count > 0 ? releasedUntil.Peek() : now + (long)(ConversationRetry.TotalSeconds * frequency);
        var ticks = Math.Max(Math.Max(pausedUntil, roomAt) - now, frequency / 1000);
        return TimeSpan.FromSeconds((double)ticks / frequency);
    }
}
