"use client";

import { useEffect, useRef, useState } from "react";
import { submitJson } from "@/components/forms/submit-json";
import type { PresentPerson } from "@/lib/live/presence";

const heartbeatMs = 5_000;

/**
 * This tab's presence on an article: said at once when the open claim or editing changes,
 * again every 5 s, and withdrawn when the tab goes. Returns the others here, refreshed at each
 * beat and whenever `refresh` changes (a presence notice on the live stream).
 */
export function usePresence({ articleId, actorId, claimId, editing, refresh }: { articleId: string; actorId: string; claimId: string | null; editing: boolean; refresh: number }) {
  const [tabId] = useState(() => crypto.randomUUID().replaceAll("-", ""));
  const [present, setPresent] = useState<PresentPerson[]>([]);
  const state = useRef({ claimId, editing });
  useEffect(() => {
    state.current = { claimId, editing };
  });

  useEffect(() => {
    let live = true;
    const beat = async () => {
      const result = await submitJson<{ present: PresentPerson[] }>(`/api/articles/${articleId}/presence`, "PUT", { tabId, ...state.current });
      if (live && result.ok) setPresent(result.data.present.filter((person) => person.userId !== actorId));
    };
    void beat();
    const timer = setInterval(() => void beat(), heartbeatMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [articleId, actorId, tabId, claimId, editing, refresh]);

  useEffect(() => {
    const goodbye = () => {
      void fetch(`/api/articles/${articleId}/presence`, { method: "DELETE", keepalive: true, headers: { "Content-Type": "application/json" }, body: JSON.stringify({ tabId }) }).catch(() => {});
    };
    window.addEventListener("pagehide", goodbye);
    return () => {
      window.removeEventListener("pagehide", goodbye);
      goodbye();
    };
  }, [articleId, tabId]);

  return present;
}
