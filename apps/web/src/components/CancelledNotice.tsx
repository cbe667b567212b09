/** Said in place of a batch the user cancelled earlier, when its address is opened again. */
export function CancelledNotice({ what, onRun }: { what: string; onRun: () => void }) {
  return (
    <p className="mc-progress" role="status" data-testid="cancelled-notice">
      You cancelled {what} earlier in this session, so it does not start again by itself.{' '}
      <button type="button" onClick={onRun}>
        Run it now
      </button>
    </p>
  );
}
