export const trackingId = process.env.REACT_APP_TRACKING_ID;
export const release = process.env.REACT_APP_RELEASE;
