/** A 32 px icon for reminder notifications (Chrome requires one); inline so no file is fetched. */
export const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAAcklEQVR42u2XyQ0AIAgE7dcKrF7/Jh6AwELcxK8zH3EpJVxa7dvjAlWV4cLFElKwSOQ1nCShBb+WcBXQhm8lrOBLCeIFc8wETuEJPILzJSIIUPMF8gkkfwXugyjSKM7xI/5GhF1KIWo5xGICs5pBLKeKGUSNMi+vU+lFAAAAAElFTkSuQmCC';
