/** The dashboard (工作台) and, as modules arrive, the monthly and annual reports built from their figures. */
package com.carenext.report;
