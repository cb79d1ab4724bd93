"use client";

import { useEffect, useRef, useState, type MouseEvent, type RefObject } from "react";
import type { HintDto } from "@/lib/claim-hints/list-hints";
import { isEditableTarget } from "@/components/viewer/editable-target";

type ShownHint = { start: number; top: number; left: number };

/** Where a hint's card goes: under the hint's first line, inside the viewer. */
function cardPosition(container: HTMLElement | null, start: number) {
  const element = container?.querySelector(`[data-hint-start="${start}"]`);
  const box = container?.getBoundingClientRect();
  if (!element || !box) return null;
  const rect = element.getClientRects()[0] ?? element.getBoundingClientRect();
  return { top: rect.bottom - box.top + 6, left: Math.max(0, rect.left - box.left) };
}

/**
 * Which hint's card shows in the viewer: the one under the mouse, else the one at the caret;
 * and C, pressed while a card shows, accepts that hint.
 */
export function useHintCard({ container, hints, canCreate, onAccept }: { container: RefObject<HTMLDivElement | null>; hints: HintDto[]; canCreate: boolean; onAccept: (hint: HintDto) => Promise<void> }) {
  const [hovered, setHovered] = useState<ShownHint | null>(null);
  const [atCaret, setAtCaret] = useState<ShownHint | null>(null);
  const shown = hovered ?? atCaret;
  const active = shown ? (hints.find((h) => h.start === shown.start) ?? null) : null;

  // One claim per press: a second C while the first is saving does nothing.
  const busy = useRef(false);
  const accept = async (hint: HintDto) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await onAccept(hint);
      setHovered(null);
      setAtCaret(null);
    } finally {
      busy.current = false;
    }
  };
  const acceptRef = useRef(accept);
  useEffect(() => {
    acceptRef.current = accept;
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "c" || event.metaKey || event.ctrlKey || event.altKey || isEditableTarget(event.target)) return;
      if (!active || !canCreate) return;
      event.preventDefault();
      void acceptRef.current(active);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active, canCreate]);

  return {
    active,
    position: shown,
    accept,
    /** From the editor's selection updates: the hint the caret is on, or null. */
    caretOn(start: number | null) {
      const position = start === null ? null : cardPosition(container.current, start);
      setAtCaret(start !== null && position ? { start, ...position } : null);
    },
    onMouseOver(event: MouseEvent) {
      const target = event.target as HTMLElement;
      const hint = target.closest?.("[data-hint-start]");
      const start = Number(hint?.getAttribute("data-hint-start"));
      const position = hint ? cardPosition(container.current, start) : null;
      if (position) {
        if (hovered?.start !== start) setHovered({ start, ...position });
      } else if (!target.closest?.(".hint-card")) setHovered(null);
    },
    onMouseLeave() {
      setHovered(null);
    },
  };
}
