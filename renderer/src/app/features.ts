import type { JSX } from 'react';
import { BrokerWizard } from '../broker-wizard/BrokerWizard';
import { StatsdWizard } from '../statsd-wizard/StatsdWizard';
import { DecoderScreen } from '../decoder/DecoderScreen';

/** The app's screens, in tab order. Each feature folder adds one entry here. */
export interface Feature {
  id: string;
  /** Key of the tab label in the `ui` namespace. */
  labelKey: string;
  Component: () => JSX.Element;
}

export const FEATURES: readonly Feature[] = [
  { id: 'broker', labelKey: 'nav.broker', Component: BrokerWizard },
  { id: 'statsd', labelKey: 'nav.statsd', Component: StatsdWizard },
  { id: 'decoder', labelKey: 'nav.decoder', Component: DecoderScreen },
];
