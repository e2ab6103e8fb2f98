import type { JSX } from 'react';
import { BrokerWizard } from '../broker-wizard/BrokerWizard';
import { StatsdWizard } from '../statsd-wizard/StatsdWizard';
import { DecoderScreen } from '../decoder/DecoderScreen';
import { MonitorTab } from '../monitor/MonitorTab';
import { AttemptsTab } from '../attempts/AttemptsTab';

/** The app's screens, in tab order. Each feature folder adds one entry here. */
export interface Feature {
  id: string;
  /** Key of the tab label in the `ui` namespace. */
  labelKey: string;
  Component: () => JSX.Element;
}

export const FEATURES: readonly Feature[] = [
  { id: 'broker', labelKey: 'nav.broker', Component: BrokerWizard },
  { id: 'monitor', labelKey: 'nav.monitor', Component: MonitorTab },
  { id: 'attempts', labelKey: 'nav.attempts', Component: AttemptsTab },
  { id: 'statsd', labelKey: 'nav.statsd', Component: StatsdWizard },
  { id: 'decoder', labelKey: 'nav.decoder', Component: DecoderScreen },
];
