/** A modal dialog: the backdrop, the labelled dialog, and its keyboard behaviour (use-modal.ts). */
import type { ReactNode } from 'react';
import { useModal } from './use-modal.ts';

export function Modal({
  labelledBy,
  className,
  onClose,
  children,
}: {
  labelledBy: string;
  className: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useModal<HTMLDivElement>(onClose);
  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={`modal ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
      >
        {children}
      </div>
    </div>
  );
}
