/** A side panel view redrawn whole (once per frame, only while it is shown). */
import { schedule } from "../frame";

export abstract class PanelView {
  abstract readonly el: HTMLElement;
  visible = false;
  private readonly render = () => {
    if (this.visible) this.draw();
  };

  protected changed(): void {
    if (this.visible) schedule(this.render);
  }

  show(visible: boolean): void {
    this.visible = visible;
    if (visible) schedule(this.render);
  }

  protected abstract draw(): void;
}
