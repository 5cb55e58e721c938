/** The drag-and-drop data type carrying an activity type id from the palette to the canvas. */
export const PALETTE_DRAG_TYPE = 'application/x-flowbuilder-activity';
