import { z } from "zod";

// Bidirectional overrides, embeddings and isolates (U+202A-U+202E, U+2066-U+2069) reorder the
// characters around them: in a file name or a one-line label, "gnp.exe" behind U+202E shows as
// "exe.png". Writing in a right-to-left script never needs them (the marks U+200E, U+200F and
// U+061C are left alone).
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, "");

/** A one-line text field: no bidi controls, trimmed. Chain min/max as on any string. */
export const singleLine = () => z.string().overwrite(withoutBidiControls).trim();
