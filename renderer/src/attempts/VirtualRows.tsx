import { useState, type JSX, type ReactNode } from 'react';

export interface VirtualRowsProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** Height of the scrolling viewport, px. */
  height: number;
  /** Rows drawn above and below the visible ones, so fast scrolling shows no gaps. */
  overscan?: number;
  header: ReactNode;
  row(item: T, index: number): ReactNode;
  label: string;
}

/**
 * A fixed-row-height virtual list: only the rows in view (plus overscan) are in the DOM, so
 * 100k logged attempts scroll as fast as 100. Fixed heights need no measuring, which is why
 * this is a few lines here rather than a library.
 */
export function VirtualRows<T>({ items, rowHeight, height, overscan = 8, header, row, label }: VirtualRowsProps<T>): JSX.Element {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) rows.push(row(items[i] as T, i));
  return (
    <div className="virtual-rows" role="table" aria-label={label} aria-rowcount={items.length}>
      {header}
      <div className="virtual-viewport" style={{ height }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} data-testid="virtual-viewport">
        <div style={{ height: items.length * rowHeight, position: 'relative' }}>
          <div style={{ transform: `translateY(${first * rowHeight}px)` }}>{rows}</div>
        </div>
      </div>
    </div>
  );
}
