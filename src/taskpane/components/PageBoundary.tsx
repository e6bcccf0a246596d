/** A page that throws while drawing shows what went wrong in its place; the tabs and other pages keep working. */
import { Component, type ReactNode } from "react";
import { OutcomeBar } from "./Outcome";

export class PageBoundary extends Component<
  { message: (error: string) => string; children: ReactNode },
  { error?: string }
> {
  state: { error?: string } = {};

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  componentDidCatch(error: unknown) {
    console.error("Sales Admin Desk: a page failed", error);
  }

  render() {
    return this.state.error === undefined ? (
      this.props.children
    ) : (
      <OutcomeBar outcome={{ intent: "error", text: this.props.message(this.state.error) }} />
    );
  }
}
