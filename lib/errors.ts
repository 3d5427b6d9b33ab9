/** An expected refusal the UI or CLI shows as is (duplicate email, last admin, taken slug, weak password…). */
export class UserError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "UserError";
  }
}
