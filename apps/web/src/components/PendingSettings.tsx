/**
 * Said under a settings form the user has changed but not submitted: the results on the page are
 * still those of the address, and `action` is the button that applies the change.
 */
export function PendingSettings({ action, shown }: { action: string; shown: string }) {
  return (
    <p className="mc-note mc-hint mc-pending" role="status" data-testid="pending-settings">
      Changed: press {action} to apply. What the page shows is still {shown}.
    </p>
  );
}
