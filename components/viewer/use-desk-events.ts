"use client";

import { useEffect, useRef } from "react";
import type { DeskEventDto } from "@/lib/live/desk-events";

/**
 * Live updates for an article: an EventSource on its event stream. The browser reconnects by
 * itself, sending the last event id it saw, so nothing is missed; a "signed-out" event ends it.
 */
export function useDeskEvents(articleId: string, after: string, onEvent: (event: DeskEventDto) => void, { onPresence, onSignedOut }: { onPresence?: () => void; onSignedOut?: () => void } = {}) {
  const handler = useRef({ onEvent, onPresence, onSignedOut });
  useEffect(() => {
    handler.current = { onEvent, onPresence, onSignedOut };
  });
  useEffect(() => {
    // `after`: the page's own point in the stream (an EventSource cannot send Last-Event-ID the first time).
    const source = new EventSource(`/api/articles/${articleId}/events?after=${encodeURIComponent(after)}`);
    source.addEventListener("desk", (message) => handler.current.onEvent(JSON.parse((message as MessageEvent<string>).data) as DeskEventDto));
    source.addEventListener("presence", () => handler.current.onPresence?.());
    source.addEventListener("signed-out", () => {
      source.close();
      handler.current.onSignedOut?.();
    });
    return () => source.close();
  }, [articleId, after]);
}
