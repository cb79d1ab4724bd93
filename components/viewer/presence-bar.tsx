"use client";

import type { PresentPerson } from "@/lib/live/presence";

const doing = (person: PresentPerson, claimLabel: (id: string) => string) =>
  person.claimId ? `${person.editing ? "editing" : "viewing"} ${claimLabel(person.claimId)}` : "reading the article";

/** Initials of a person here, with what they are doing in its title and for screen readers. */
export function PresenceChip({ person, detail }: { person: PresentPerson; detail: string }) {
  return (
    <span className={`presence-chip${person.editing ? " presence-editing" : ""}`} title={`${person.name}: ${detail}`} data-user-id={person.userId}>
      <span aria-hidden="true">{person.initials}</span>
      <span className="visually-hidden">
        {person.name}, {detail}
      </span>
    </span>
  );
}

/** Who else has the article open, in the viewer's header. */
export function PresenceBar({ present, claimLabel }: { present: PresentPerson[]; claimLabel: (id: string) => string }) {
  if (!present.length) return null;
  return (
    <div className="presence-bar" role="group" aria-label="Also here">
      <span className="muted">Also here:</span>
      {present.map((person) => (
        <PresenceChip key={person.userId} person={person} detail={doing(person, claimLabel)} />
      ))}
    </div>
  );
}
