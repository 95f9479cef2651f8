/**
 * "Are you sure?" asked once, in place: focus lands on the confirming button, Escape or "Keep it"
 * goes back. Deleting a node and removing a relationship both ask this way.
 */
export function ConfirmRow({
  label,
  question,
  confirm,
  busy,
  small = false,
  onConfirm,
  onCancel,
}: {
  /** The group's accessible name, e.g. "Delete Six Core Strategies?". */
  label: string;
  question: string;
  /** The confirming button's text, e.g. "Yes, delete". */
  confirm: string;
  busy: boolean;
  small?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const size = small ? " small" : "";
  return (
    <div
      className="form-row confirm-row"
      role="group"
      aria-label={label}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <span>{question}</span>
      <button
        type="button"
        className={`button${size} danger`}
        ref={(b) => b?.focus()}
        disabled={busy}
        onClick={onConfirm}
      >
        {confirm}
      </button>
      <button type="button" className={`button${size}`} onClick={onCancel}>
        Keep it
      </button>
    </div>
  );
}
