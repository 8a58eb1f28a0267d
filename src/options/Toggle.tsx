import type { ComponentChildren } from 'preact';

interface ToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  children: ComponentChildren;
}

/** A checkbox with its label and a line that says what switching it on means. */
export function Toggle({ checked, onChange, label, children }: ToggleProps) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>
        {label}
        <span class="muted">{children}</span>
      </span>
    </label>
  );
}
