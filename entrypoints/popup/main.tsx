import { createRoot } from 'react-dom/client';
import '../../src/ui/page.css';
import { t, uiLocale } from '../../src/ui/i18n';
import { PopupApp } from './app';

document.documentElement.lang = uiLocale();
document.title = t('extName');
createRoot(document.getElementById('root')!).render(<PopupApp />);
